package io.promoplatform.web.system;

import io.promoplatform.web.support.OnH2;

@OnH2
class FuzzApiOnH2Test extends FuzzApiContract {

    @Override
    int defaultRequests() {
        return 1000;
    }
}
