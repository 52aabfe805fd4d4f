import type { MetadataRoute } from "next";

/** Lets a parent or mentor add Тандем to a phone's home screen (the icons are drawn by lib/ops/draw-icons.ts). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Тандем — наставничество в школе",
    short_name: "Тандем",
    description: "Целевая модель наставничества: дорожная карта, приказы, пары и встречи.",
    lang: "ru",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#12695f",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    ],
  };
}
