package nl.wijkregie.shared;

/**
 * Makes a text value safe to open in a spreadsheet: a cell that starts with =, +, -, @, tab or carriage return would be
 * read as a formula (CSV injection, OWASP), so it gets a leading apostrophe, which spreadsheets show as text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
