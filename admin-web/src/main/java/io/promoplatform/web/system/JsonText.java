package io.promoplatform.web.system;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for a page's {@code <script type="application/json">} block ({@code th:utext="${@jsonText.of(x)}"}):
 * '<', '>' and '&' are written as unicode escapes, so data can never close the script element.
 */
@Component("jsonText")
public class JsonText {

    private final JsonMapper json;

    public JsonText(JsonMapper json) {
        this.json = json;
    }

    public String of(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
