/** A file that is not a well-formed PE executable (or version block). */
export class PeFormatError extends Error {}
