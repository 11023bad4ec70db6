package io.promoplatform.web.system;

import io.promoplatform.web.support.OnH2;

@OnH2
class MigrationsOnH2Test extends MigrationsContract {
}
