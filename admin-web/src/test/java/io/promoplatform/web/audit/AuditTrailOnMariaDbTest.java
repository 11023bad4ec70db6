package io.promoplatform.web.audit;

import io.promoplatform.web.support.OnMariaDb;

@OnMariaDb
class AuditTrailOnMariaDbTest extends AuditTrailContract {
}
