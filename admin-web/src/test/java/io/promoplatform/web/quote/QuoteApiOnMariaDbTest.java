package io.promoplatform.web.quote;

import io.promoplatform.web.support.OnMariaDb;

@OnMariaDb
class QuoteApiOnMariaDbTest extends QuoteApiContract {
}
