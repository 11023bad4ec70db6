package io.promoplatform.web.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF line ends. */
final class CsvReader {

    private CsvReader() {
    }

    static final class CsvException extends Exception {
        CsvException(String message) {
            super(message);
        }
    }

    /** Reads at most {@code maxRows} rows (a further row is returned so the caller can say "too many"). */
    static List<List<String>> read(Reader source, int maxRows) throws IOException, CsvException {
        Reader in = source.markSupported() ? source : new java.io.BufferedReader(source);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        if (next != ',' && next != '\n' && next != '\r') {
                            throw new CsvException("line " + line + ": text after a closing quote");
                        }
                        ch = (char) next;
                    }
                    if (quoted) {
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                    continue;
                }
            }
            if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                line++;
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                    if (rows.size() > maxRows) {
                        return rows;
                    }
                }
                row = new ArrayList<>();
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CsvException("line " + line + ": a quoted field is not closed");
        }
        if (fieldStarted || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
