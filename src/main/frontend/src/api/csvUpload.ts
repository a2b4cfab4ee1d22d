/**
 * The request options that send a chosen CSV file to an upload endpoint as it is, byte for byte. The file is not
 * read into a string first: decoding it in the browser would turn a file that is not UTF-8 into replacement
 * characters, so the server could no longer refuse it as a whole, and a long file would sit in memory twice.
 */
export function csvUpload(file: Blob) {
  return {
    body: file as never,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': 'text/csv' },
  };
}
