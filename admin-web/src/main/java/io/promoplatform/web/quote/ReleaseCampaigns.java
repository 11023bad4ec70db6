package io.promoplatform.web.quote;

import io.promoplatform.engine.release.Release;

/**
 * Whether a release has any rule that spends a campaign's budget; a release without one needs no
 * budget look-up at all. Remembers the answer for the last release asked about (releases are
 * immutable and swapped whole).
 */
final class ReleaseCampaigns {

    private record Answer(Release release, boolean spends) {
    }

    private volatile Answer last = new Answer(null, true);

    boolean spendsBudgets(Release release) {
        Answer answer = last;
        if (answer.release() != release) {
            answer = new Answer(release, release.compiled() != null
                    && release.compiled().rules().values().stream().anyMatch(rule -> rule.campaign() != null));
            last = answer;
        }
        return answer.spends();
    }
}
