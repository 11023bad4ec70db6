-- One dialect for MySQL 8, MariaDB 10.11 and H2 2.x in MySQL mode.
-- Money is DECIMAL(19,4): four digits cover every ISO currency's minor units; the application rounds
-- to the currency's own digits. Instants are DATETIME(6) holding UTC. JSON documents are LONGTEXT
-- (MariaDB's JSON is LONGTEXT anyway, and H2's JSON type behaves differently).
-- Names avoid words reserved in either database (release, key, user, value).

-- Catalog ------------------------------------------------------------------------------------------

CREATE TABLE segment (
    id          VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_segment PRIMARY KEY (id)
);

CREATE TABLE store (
    id         VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    segment_id VARCHAR(64)  NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_store PRIMARY KEY (id),
    CONSTRAINT fk_store_segment FOREIGN KEY (segment_id) REFERENCES segment (id)
);

CREATE TABLE product (
    sku        VARCHAR(64)   NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    brand      VARCHAR(100)  NOT NULL,
    category   VARCHAR(100)  NOT NULL,
    list_price DECIMAL(19,4) NOT NULL,
    cost       DECIMAL(19,4) NOT NULL,
    currency   CHAR(3)       NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT pk_product PRIMARY KEY (sku)
);
CREATE INDEX ix_product_brand ON product (brand);
CREATE INDEX ix_product_category ON product (category);

CREATE TABLE customer (
    id            VARCHAR(64) NOT NULL,
    segment_id    VARCHAR(64) NULL,
    home_store_id VARCHAR(64) NULL,
    updated_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT fk_customer_segment FOREIGN KEY (segment_id) REFERENCES segment (id),
    CONSTRAINT fk_customer_store FOREIGN KEY (home_store_id) REFERENCES store (id)
);

CREATE TABLE customer_tag (
    customer_id VARCHAR(64) NOT NULL,
    tag         VARCHAR(64) NOT NULL,
    CONSTRAINT pk_customer_tag PRIMARY KEY (customer_id, tag),
    CONSTRAINT fk_customer_tag_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

-- People and storefront keys -----------------------------------------------------------------------

CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (username)
);

CREATE TABLE user_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(32) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (username, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);

-- A storefront key is shown once at creation; only its SHA-256 is kept.
CREATE TABLE api_key (
    id         VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    key_hash   CHAR(64)     NOT NULL,
    key_prefix VARCHAR(16)  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    revoked_at DATETIME(6)  NULL,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
);

-- Rules and their revisions ------------------------------------------------------------------------

CREATE TABLE promo_rule (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    format           VARCHAR(8)   NOT NULL,
    state            VARCHAR(24)  NOT NULL,
    current_revision INT          NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_promo_rule PRIMARY KEY (id)
);

CREATE TABLE rule_revision (
    rule_id          BIGINT        NOT NULL,
    revision         INT           NOT NULL,
    body             LONGTEXT      NOT NULL,
    state            VARCHAR(24)   NOT NULL,
    author           VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    submitted_by     VARCHAR(64)   NULL,
    submitted_at     DATETIME(6)   NULL,
    decided_by       VARCHAR(64)   NULL,
    decided_at       DATETIME(6)   NULL,
    decision_comment VARCHAR(2000) NULL,
    CONSTRAINT pk_rule_revision PRIMARY KEY (rule_id, revision),
    CONSTRAINT fk_rule_revision_rule FOREIGN KEY (rule_id) REFERENCES promo_rule (id)
);

-- Releases: what the engine runs. Release 0 is the empty release every installation starts from.

CREATE TABLE rule_release (
    release_no     INT           NOT NULL,
    comment        VARCHAR(2000) NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    compiled_in_ms BIGINT        NOT NULL,
    CONSTRAINT pk_rule_release PRIMARY KEY (release_no)
);

CREATE TABLE release_rule (
    release_no INT    NOT NULL,
    rule_id    BIGINT NOT NULL,
    revision   INT    NOT NULL,
    CONSTRAINT pk_release_rule PRIMARY KEY (release_no, rule_id),
    CONSTRAINT fk_release_rule_release FOREIGN KEY (release_no) REFERENCES rule_release (release_no),
    CONSTRAINT fk_release_rule_revision FOREIGN KEY (rule_id, revision) REFERENCES rule_revision (rule_id, revision)
);

-- Exactly one row (id = 1): the release every instance must be running. Instances poll activation_seq.
CREATE TABLE active_release (
    id             INT         NOT NULL,
    release_no     INT         NOT NULL,
    activation_seq BIGINT      NOT NULL,
    activated_by   VARCHAR(64) NOT NULL,
    activated_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_active_release PRIMARY KEY (id),
    CONSTRAINT fk_active_release_release FOREIGN KEY (release_no) REFERENCES rule_release (release_no)
);

INSERT INTO rule_release (release_no, comment, created_by, created_at, compiled_in_ms)
VALUES (0, 'Empty release: list prices', 'system', '2026-01-01 00:00:00', 0);
INSERT INTO active_release (id, release_no, activation_seq, activated_by, activated_at)
VALUES (1, 0, 0, 'system', '2026-01-01 00:00:00');

-- Quotes ---------------------------------------------------------------------------------------------

CREATE TABLE quote (
    id             VARCHAR(40)   NOT NULL,
    priced_at      DATETIME(6)   NOT NULL,
    expires_at     DATETIME(6)   NOT NULL,
    api_key_id     VARCHAR(40)   NULL,
    customer_id    VARCHAR(64)   NULL,
    segment_id     VARCHAR(64)   NOT NULL,
    release_no     INT           NOT NULL,
    model_version  VARCHAR(64)   NULL,
    currency       CHAR(3)       NOT NULL,
    list_total     DECIMAL(19,4) NOT NULL,
    discount_total DECIMAL(19,4) NOT NULL,
    total          DECIMAL(19,4) NOT NULL,
    response_json  LONGTEXT      NOT NULL,
    trace_json     LONGTEXT      NOT NULL,
    CONSTRAINT pk_quote PRIMARY KEY (id)
);
CREATE INDEX ix_quote_priced_at ON quote (priced_at);
CREATE INDEX ix_quote_customer ON quote (customer_id, priced_at);

-- The spend a quote would commit, per campaign, written with the quote.
CREATE TABLE quote_spend (
    quote_id    VARCHAR(40)   NOT NULL,
    campaign_id VARCHAR(64)   NOT NULL,
    segment_id  VARCHAR(64)   NOT NULL,
    amount      DECIMAL(19,4) NOT NULL,
    CONSTRAINT pk_quote_spend PRIMARY KEY (quote_id, campaign_id)
);

CREATE TABLE quote_acceptance (
    quote_id        VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    accepted_at     DATETIME(6)  NOT NULL,
    result_json     LONGTEXT     NOT NULL,
    CONSTRAINT pk_quote_acceptance PRIMARY KEY (quote_id)
);

-- Campaigns and budgets ------------------------------------------------------------------------------

CREATE TABLE campaign (
    id         VARCHAR(64)   NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    budget     DECIMAL(19,4) NOT NULL,
    spent      DECIMAL(19,4) NOT NULL,
    currency   CHAR(3)       NOT NULL,
    starts_at  DATETIME(6)   NULL,
    ends_at    DATETIME(6)   NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT pk_campaign PRIMARY KEY (id)
);

CREATE TABLE campaign_segment (
    campaign_id VARCHAR(64)   NOT NULL,
    segment_id  VARCHAR(64)   NOT NULL,
    min_budget  DECIMAL(19,4) NULL,
    max_budget  DECIMAL(19,4) NULL,
    allocated   DECIMAL(19,4) NULL,
    spent       DECIMAL(19,4) NOT NULL,
    CONSTRAINT pk_campaign_segment PRIMARY KEY (campaign_id, segment_id),
    CONSTRAINT fk_campaign_segment_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

CREATE TABLE plan_job (
    id          VARCHAR(40) NOT NULL,
    campaign_id VARCHAR(64) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    request_json LONGTEXT   NOT NULL,
    result_json LONGTEXT    NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    applied_by  VARCHAR(64) NULL,
    applied_at  DATETIME(6) NULL,
    CONSTRAINT pk_plan_job PRIMARY KEY (id),
    CONSTRAINT fk_plan_job_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

-- Price models ---------------------------------------------------------------------------------------

CREATE TABLE price_model (
    version          VARCHAR(64) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    data_fingerprint CHAR(64)    NOT NULL,
    params_json      LONGTEXT    NOT NULL,
    metrics_json     LONGTEXT    NOT NULL,
    artifact         LONGBLOB    NOT NULL,
    active           BOOLEAN     NOT NULL,
    CONSTRAINT pk_price_model PRIMARY KEY (version)
);

-- Audit trail: append-only, each row hashes its content and the previous row's hash. -----------------

-- ids are assigned by the writer holding the chain head's lock, so they are gap-free and hashed.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(32)  NOT NULL,
    entity_id   VARCHAR(128) NOT NULL,
    before_json LONGTEXT     NULL,
    after_json  LONGTEXT     NULL,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);

-- Writers of the chain serialise on this single row (SELECT ... FOR UPDATE), across instances too.
CREATE TABLE audit_chain_head (
    id        INT      NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
