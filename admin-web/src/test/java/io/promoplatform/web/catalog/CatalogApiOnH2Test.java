package io.promoplatform.web.catalog;

import io.promoplatform.web.support.OnH2;

@OnH2
class CatalogApiOnH2Test extends CatalogApiContract {
}
