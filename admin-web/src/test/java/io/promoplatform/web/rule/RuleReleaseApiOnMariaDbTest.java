package io.promoplatform.web.rule;

import io.promoplatform.web.support.OnMariaDb;

@OnMariaDb
class RuleReleaseApiOnMariaDbTest extends RuleReleaseApiContract {
}
