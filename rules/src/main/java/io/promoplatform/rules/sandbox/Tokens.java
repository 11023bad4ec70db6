package io.promoplatform.rules.sandbox;

import io.promoplatform.rules.sandbox.CodeLexer.Kind;
import io.promoplatform.rules.sandbox.CodeLexer.Token;
import java.util.ArrayList;
import java.util.List;

/** A lexed piece of code with the look-ahead both checkers need; reading past either end gives null. */
final class Tokens {

    private final List<Token> list;

    Tokens(String code) {
        this.list = CodeLexer.tokenize(code);
    }

    int size() {
        return list.size();
    }

    Token at(int index) {
        return index >= 0 && index < list.size() ? list.get(index) : null;
    }

    boolean is(int index, String spelling) {
        return at(index) != null && at(index).is(spelling);
    }

    boolean isIdentifier(int index) {
        return at(index) != null && at(index).kind() == Kind.IDENTIFIER;
    }

    /** The index after {@code name(.name)*} starting at {@code start}. */
    int chainEnd(int start) {
        int end = start + 1;
        while (is(end, ".") && isIdentifier(end + 1)) {
            end += 2;
        }
        return end;
    }

    /** The names of the chain from {@code start} to {@code end}, without the dots. */
    List<String> names(int start, int end) {
        List<String> names = new ArrayList<>();
        for (int i = start; i < end; i += 2) {
            names.add(list.get(i).text());
        }
        return names;
    }

    /** The comma-separated arguments of the call whose '(' is at {@code open}. */
    List<List<Token>> arguments(int open) {
        List<List<Token>> arguments = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < list.size(); i++) {
            Token token = list.get(i);
            if (depth == 0 && (token.is(")") || token.is(","))) {
                if (!current.isEmpty() || token.is(",")) {
                    arguments.add(current);
                }
                if (token.is(")")) {
                    return arguments;
                }
                current = new ArrayList<>();
                continue;
            }
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            }
            current.add(token);
        }
        return arguments;
    }
}
