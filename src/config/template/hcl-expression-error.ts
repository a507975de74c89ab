/** Why an HCL2 expression cannot be evaluated; the reader adds the file, line and attribute. */
export class ExpressionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExpressionError'
  }
}
