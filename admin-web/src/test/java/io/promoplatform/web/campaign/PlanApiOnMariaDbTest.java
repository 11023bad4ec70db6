package io.promoplatform.web.campaign;

import io.promoplatform.web.support.OnMariaDb;

@OnMariaDb
class PlanApiOnMariaDbTest extends PlanApiContract {
}
