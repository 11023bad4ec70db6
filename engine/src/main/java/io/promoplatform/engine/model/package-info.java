/**
 * The orange-juice price model: training, evaluation, elasticities, quote signals and uplift curves,
 * in plain Java on Tribuo (no Spring).
 * <p>
 * <b>Data.</b> {@link io.promoplatform.engine.model.OjCsv} reads Dominick's sales and store files;
 * {@link io.promoplatform.engine.model.FeatureSet} turns a row into log own price, log competitor
 * prices, brand one-hot, deal, feature, the store's demographics and the season. A store enters only
 * through its demographics, so stores the model never saw are predicted like the others.
 * <p>
 * <b>Choice of model.</b> {@link io.promoplatform.engine.model.ModelTraining} scores the candidate
 * {@link io.promoplatform.engine.model.Learner}s and both baselines by leave-stores-out
 * cross-validation (5 folds of whole stores) and a last-20-weeks holdout, and keeps the candidate with
 * the lowest leave-stores-out RMSE. On the Dominick's data gradient-boosted trees (XGBoost, own price
 * constrained monotone) win clearly: 0.49 against 0.54 for Tribuo's random forest, 0.66 for the
 * log-log least squares and 0.91 for the per-brand mean. Demographics shift the level and the price
 * response of a store at the same time (interactions a linear model would need spelled out), which
 * is what trees pick up.
 * <p>
 * <b>Reading the model.</b> Training also reads off the model, per brand × segment, the own-price
 * elasticity, the baseline units at the regular price and the unit response to price cuts; these are
 * stored with the model so that {@link io.promoplatform.engine.model.PriceSignals} answers a quote line
 * by map lookup and {@link io.promoplatform.engine.model.PriceModel#upliftCurve} needs no model run.
 * <p>
 * <b>Artifact.</b> {@link io.promoplatform.engine.model.PriceModel#write} writes one versioned file
 * (about 3.5 MB for the Dominick's model) holding provenance, signals, curves and the Tribuo model.
 * <p>
 * <b>Threads and memory.</b> A {@code PriceModel} is immutable and may be shared; its XGBoost booster
 * lives in native memory (a few MB) for the life of the model. Training the Dominick's data needs about
 * 1 GB of heap and one core for a minute or two.
 */
package io.promoplatform.engine.model;
