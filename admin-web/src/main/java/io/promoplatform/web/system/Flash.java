package io.promoplatform.web.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Flash messages after a POST-redirect-GET: the layout shows {@code flashSuccess} and {@code flashError}
 * once, on the page the redirect lands on. Texts come from the message bundles.
 */
@Component
public class Flash {

    private final MessageSource messages;

    public Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashSuccess", text(key, args));
    }

    public void error(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashError", text(key, args));
    }

    /** For a refusal whose message the service already wrote (a ProblemException's detail). */
    public void errorText(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute("flashError", text);
    }

    public String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
