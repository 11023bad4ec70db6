package io.promoplatform.web.audit;

import io.promoplatform.web.support.OnH2;

@OnH2
class AuditTrailOnH2Test extends AuditTrailContract {
}
