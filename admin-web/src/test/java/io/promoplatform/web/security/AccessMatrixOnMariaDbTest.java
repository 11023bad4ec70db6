package io.promoplatform.web.security;

import io.promoplatform.web.support.OnMariaDb;

@OnMariaDb
class AccessMatrixOnMariaDbTest extends AccessMatrixContract {
}
