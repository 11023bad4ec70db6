package io.promoplatform.web.rule;

import io.promoplatform.web.support.OnH2;

@OnH2
class RuleReleaseApiOnH2Test extends RuleReleaseApiContract {
}
