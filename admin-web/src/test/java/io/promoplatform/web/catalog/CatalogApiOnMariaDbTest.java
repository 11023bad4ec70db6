package io.promoplatform.web.catalog;

import io.promoplatform.web.support.OnMariaDb;

@OnMariaDb
class CatalogApiOnMariaDbTest extends CatalogApiContract {
}
