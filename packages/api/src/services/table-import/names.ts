/** Names compare without case, punctuation or extra spaces: "Drs. Ariansyah, M.E." = "drs ariansyah me". */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
