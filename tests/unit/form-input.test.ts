import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";
import { inviteMemberSchema } from "@/lib/invitations/schemas";
import { changeMemberRolesSchema } from "@/lib/members/schemas";
import { safeCell } from "@/lib/export/xlsx";
import { hashInvitationToken, invitationStatus, newInvitationToken } from "@/lib/invitations/token";

describe("form data reaches zod in the shape it expects", () => {
  it("turns checkboxes into an array even with one box ticked", () => {
    const data = new FormData();
    data.append("roles", "MENTOR");
    expect(formDataToObject(data, ["roles"])).toEqual({ roles: ["MENTOR"] });
  });

  it("leaves blank fields out so that optional means blank", () => {
    const data = new FormData();
    data.append("middleName", "  ");
    data.append("lastName", "Иванова");
    expect(formDataToObject(data)).toEqual({ lastName: "Иванова" });
  });
});

describe("validation speaks Russian", () => {
  it("names the missing field and the missing role", () => {
    const result = inviteMemberSchema.safeParse({ email: "не почта", lastName: "", firstName: "Анна", roles: [] });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain("Укажите адрес электронной почты в виде name@example.ru");
    expect(messages).toContain("Заполните поле «Фамилия»");
    expect(messages).toContain("Выберите хотя бы одну роль");
  });

  it("refuses fields nobody asked for (no mass assignment)", () => {
    const result = inviteMemberSchema.safeParse({ email: "a@b.ru", lastName: "А", firstName: "Б", roles: ["MENTOR"], organisationId: "x" });
    expect(result.success).toBe(false);
  });

  it("reads classes led as a list and normalises the letter", () => {
    const result = changeMemberRolesSchema.parse({
      membershipId: "7f0e4a52-4b55-4b43-9a1b-3a7f3c9f7b10",
      roles: ["CLASS_TEACHER"],
      classesLed: "7а, 8Б",
    });
    expect(result.classesLed).toEqual(["7А", "8Б"]);
  });
});

describe("spreadsheet cells cannot run formulas", () => {
  it.each(["=1+1", "+7 900", "-2", "@SUM(A1)"])("%s is stored as text", (value) => expect(safeCell(value)).toBe(`'${value}`));
  it("leaves ordinary text alone", () => expect(safeCell("Иванова")).toBe("Иванова"));
});

describe("invitation tokens", () => {
  it("stores only a hash that the token reproduces", () => {
    const { token, tokenHash } = newInvitationToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(tokenHash).not.toContain(token);
    expect(hashInvitationToken(token)).toBe(tokenHash);
  });

  it("expires", () => {
    const now = new Date("2026-01-10T00:00:00Z");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: new Date("2026-01-09T23:59:59Z") }, now)).toBe("expired");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: new Date("2026-01-11T00:00:00Z") }, now)).toBe("pending");
  });
});

describe("the caller's address cannot be chosen by the caller", async () => {
  const { clientAddress } = await import("@/lib/auth/client-address");
  it("takes the entry our proxy appended, not the one the client wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.77, 198.51.100.5" }), 1)).toBe("198.51.100.5");
  });
  it("counts further back behind two trusted proxies", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.77, 198.51.100.5, 10.0.0.2" }), 2)).toBe("198.51.100.5");
  });
  it("uses the only entry there is", () => expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.5" }), 2)).toBe("198.51.100.5"));
});

describe("the page to return to after signing in", async () => {
  const { safeCallback, signInPath } = await import("@/lib/auth/callback");
  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "/\u0009/evil.example", "evil"])("refuses %s", (path) => expect(safeCallback(path)).toBe("/"));
  it("keeps a path of this site with its query", () => expect(safeCallback("/o/lyceum-17/members?page=2")).toBe("/o/lyceum-17/members?page=2"));
  it("builds the sign-in link", () => {
    expect(signInPath("/o/lyceum-17/audit")).toBe("/login?callbackUrl=%2Fo%2Flyceum-17%2Faudit");
    expect(signInPath(null)).toBe("/login");
  });
});
