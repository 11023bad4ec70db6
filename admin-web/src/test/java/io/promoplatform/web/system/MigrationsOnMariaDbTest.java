package io.promoplatform.web.system;

import io.promoplatform.web.support.OnMariaDb;

@OnMariaDb
class MigrationsOnMariaDbTest extends MigrationsContract {
}
