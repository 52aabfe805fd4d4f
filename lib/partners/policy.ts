/** An agreement is in force on `today` (yyyy-MM-dd) between its start and its end, if it has one. */
export function agreementInForce(agreement: { validFrom: string; validUntil: string | null }, today: string): boolean {
  return agreement.validFrom <= today && (agreement.validUntil === null || agreement.validUntil >= today);
}
