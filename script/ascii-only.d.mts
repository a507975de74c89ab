/** The code with its non-ASCII characters escaped where safe; `left` counts the others. */
export function asciiOnly(code: string): { code: string; left: number }
