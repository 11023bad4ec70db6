package io.promoplatform.web.system;

import io.promoplatform.web.support.OnMariaDb;

/** A shorter run on MariaDB: its column limits, charset and errors differ from H2's. */
@OnMariaDb
class FuzzApiOnMariaDbTest extends FuzzApiContract {

    @Override
    int defaultRequests() {
        return 600;
    }
}
