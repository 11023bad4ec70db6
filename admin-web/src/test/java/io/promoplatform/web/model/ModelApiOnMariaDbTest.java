package io.promoplatform.web.model;

import io.promoplatform.web.support.OnMariaDb;

@OnMariaDb
class ModelApiOnMariaDbTest extends ModelApiContract {
}
