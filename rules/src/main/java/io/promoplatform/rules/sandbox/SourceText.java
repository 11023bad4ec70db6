package io.promoplatform.rules.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The submitted DRL with a line index, so offsets into it become 1-based lines and columns. Lines are
 * split at '\n' only and a tab counts as one column, as Drools' own lexer counts them; that keeps our
 * positions and the parser's in agreement.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** 1-based line of an offset. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** 1-based column of an offset. */
    int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** Offset of a 1-based line and 0-based column, as Drools reports them; -1 if outside the text. */
    int offsetOf(int line, int zeroBasedColumn) {
        if (line < 1 || line > lineStarts.length || zeroBasedColumn < 0) {
            return -1;
        }
        int offset = lineStarts[line - 1] + zeroBasedColumn;
        return offset <= text.length() ? offset : -1;
    }
}
