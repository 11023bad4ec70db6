package io.promoplatform.web.model;

import io.promoplatform.web.support.OnH2;

@OnH2
class ModelApiOnH2Test extends ModelApiContract {
}
