package io.promoplatform.samples;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately small CSV reader and writer: comma-separated fields, optionally wrapped in double quotes;
 * inside quotes a doubled quote ({@code ""}) stands for one quote, and commas and line breaks are literal.
 * Lines end with LF or CRLF. No other dialects.
 */
public final class Csv {

    private Csv() {
    }

    /** Reads every row, header included. Blank lines are skipped. */
    public static List<List<String>> readAll(Reader in) {
        RowReader rows = new RowReader(in);
        List<List<String>> all = new ArrayList<>();
        for (List<String> row = rows.next(); row != null; row = rows.next()) {
            all.add(row);
        }
        return all;
    }

    /** Formats one row without a line terminator, quoting only the fields that need it. */
    public static String formatRow(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (needsQuotes(field)) {
                line.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                line.append(field);
            }
        }
        return line.toString();
    }

    private static boolean needsQuotes(String field) {
        return field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
    }

    /** Streams rows one at a time, for files too large to hold as strings. */
    public static final class RowReader {
        private final Reader in;
        private int pushedBack = -2;

        public RowReader(Reader in) {
            this.in = in;
        }

        /** The next non-blank row, or {@code null} at the end of input. */
        public List<String> next() {
            while (true) {
                int c = read();
                if (c == -1) {
                    return null;
                }
                if (c == '\n') {
                    continue;
                }
                if (c == '\r') {
                    skipLineFeed();
                    continue;
                }
                unread(c);
                return readRow();
            }
        }

        private List<String> readRow() {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldWasQuoted = false;
            while (true) {
                int c = read();
                if (quoted) {
                    if (c == -1) {
                        throw new IllegalArgumentException("CSV ends inside a quoted field");
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            unread(after);
                        }
                    } else {
                        field.append((char) c);
                    }
                    continue;
                }
                switch (c) {
                    case '"' -> {
                        if (field.length() > 0 || fieldWasQuoted) {
                            throw new IllegalArgumentException("Stray quote inside an unquoted field: " + field);
                        }
                        quoted = true;
                        fieldWasQuoted = true;
                    }
                    case ',' -> {
                        fields.add(field.toString());
                        field.setLength(0);
                        fieldWasQuoted = false;
                    }
                    case '\r', '\n', -1 -> {
                        if (c == '\r') {
                            skipLineFeed();
                        }
                        fields.add(field.toString());
                        return fields;
                    }
                    default -> {
                        if (fieldWasQuoted) {
                            throw new IllegalArgumentException("Text after a closing quote: " + (char) c);
                        }
                        field.append((char) c);
                    }
                }
            }
        }

        private void skipLineFeed() {
            int c = read();
            if (c != '\n') {
                unread(c);
            }
        }

        private int read() {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            try {
                return in.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void unread(int c) {
            pushedBack = c;
        }
    }
}
