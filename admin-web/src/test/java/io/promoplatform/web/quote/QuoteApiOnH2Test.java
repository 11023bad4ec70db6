package io.promoplatform.web.quote;

import io.promoplatform.web.support.OnH2;

@OnH2
class QuoteApiOnH2Test extends QuoteApiContract {
}
