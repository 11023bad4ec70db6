package io.promoplatform.web.security;

import io.promoplatform.web.support.OnH2;

@OnH2
class AccessMatrixOnH2Test extends AccessMatrixContract {
}
