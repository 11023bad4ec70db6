package io.promoplatform.web.campaign;

import io.promoplatform.web.support.OnH2;

@OnH2
class PlanApiOnH2Test extends PlanApiContract {
}
