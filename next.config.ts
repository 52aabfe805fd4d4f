import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // A second build directory lets a developer try a build while the test suite uses .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    authInterrupts: true,
    // Roadmap imports upload .xlsx files of up to 5 MB through a server action.
    serverActions: { bodySizeLimit: "6mb" },
    // proxy.ts runs on every request and Next hands on at most this much of a body after it
    // (default 10 MB, cut silently): uploads of up to 10 MB plus the form around them, and a
    // file just over the limit, must arrive whole to be told «файл слишком большой».
    // Keep in step with MAX_BODY_BYTES in lib/files/upload.ts (larger bodies are refused unread).
    proxyClientMaxBodySize: "16mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // One-time links: never leak the token through Referer or a cache.
      {
        source: "/invite/:token*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
