package io.promoplatform.samples;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void quotedFieldsKeepCommasLineBreaksAndDoubledQuotes() {
        String text = "id,description\r\n"
                + "a,\"one, two\"\r\n"
                + "b,\"say \"\"hi\"\"\nthen go\"\n"
                + "c,\n";
        assertThat(Csv.readAll(new StringReader(text))).containsExactly(
                List.of("id", "description"),
                List.of("a", "one, two"),
                List.of("b", "say \"hi\"\nthen go"),
                List.of("c", ""));
    }

    @Test
    void blankLinesAndMissingFinalNewlineAreTolerated() {
        assertThat(Csv.readAll(new StringReader("x,y\n\n1,2"))).containsExactly(List.of("x", "y"), List.of("1", "2"));
    }

    @Test
    void formattedRowsReadBackUnchanged() {
        List<String> row = List.of("plain", "with, comma", "with \"quote\"", "", "Florida's Natural");
        String line = Csv.formatRow(row);
        assertThat(line).isEqualTo("plain,\"with, comma\",\"with \"\"quote\"\"\",,Florida's Natural");
        assertThat(Csv.readAll(new StringReader(line + "\n"))).containsExactly(row);
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> Csv.readAll(new StringReader("a,\"never closed\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
