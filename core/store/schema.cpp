#include "schema.h"

namespace micro::core {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1,
         {
             QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
             QStringLiteral("CREATE TABLE datasets (id INTEGER PRIMARY KEY, name TEXT NOT NULL "
                            "UNIQUE, source TEXT, created_at TEXT, n INTEGER NOT NULL, head_dim "
                            "INTEGER NOT NULL, router_dim INTEGER NOT NULL, meta_json TEXT)"),
             QStringLiteral("CREATE TABLE comparisons (dataset_id INTEGER NOT NULL REFERENCES "
                            "datasets(id) ON DELETE CASCADE, row_index INTEGER NOT NULL, ext_id "
                            "TEXT, prompt TEXT, chosen TEXT, rejected TEXT, context TEXT, "
                            "known_group TEXT, PRIMARY KEY (dataset_id, row_index))"),
             // Features as row-blocks of raw little-endian float32 (4,096 rows a block):
             // loading streams whole blocks, and no per-row overhead is stored.
             QStringLiteral("CREATE TABLE feature_blocks (dataset_id INTEGER NOT NULL REFERENCES "
                            "datasets(id) ON DELETE CASCADE, kind TEXT NOT NULL, block_index "
                            "INTEGER NOT NULL, row_begin INTEGER NOT NULL, rows INTEGER NOT NULL, "
                            "cols INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (dataset_id, "
                            "kind, block_index))"),
             QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, dataset_id INTEGER NOT "
                            "NULL REFERENCES datasets(id), parent_run_id INTEGER REFERENCES "
                            "runs(id), model TEXT NOT NULL, k INTEGER NOT NULL, config_json TEXT "
                            "NOT NULL, seed TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT, "
                            "finished_at TEXT, elapsed_s REAL, metrics_json TEXT)"),
             QStringLiteral("CREATE TABLE epochs (run_id INTEGER NOT NULL REFERENCES runs(id) ON "
                            "DELETE CASCADE, epoch INTEGER NOT NULL, train_loss REAL, val_nll "
                            "REAL, val_accuracy REAL, router_mean_json TEXT, seconds REAL, "
                            "PRIMARY KEY (run_id, epoch))"),
             QStringLiteral("CREATE TABLE run_parameters (run_id INTEGER PRIMARY KEY REFERENCES "
                            "runs(id) ON DELETE CASCADE, layout_json TEXT NOT NULL, data BLOB "
                            "NOT NULL)"),
             QStringLiteral("CREATE TABLE assignments (run_id INTEGER PRIMARY KEY REFERENCES "
                            "runs(id) ON DELETE CASCADE, rows INTEGER NOT NULL, k INTEGER NOT "
                            "NULL, hard BLOB NOT NULL, posterior BLOB NOT NULL)"),
         }},
        {2,
         {
             // Runs get a user-facing name and tags (renamed and tagged in the runs table),
             // and the pid of the process training them, so a run left 'running' by a killed
             // process can be told from one still training.
             QStringLiteral("ALTER TABLE runs ADD COLUMN name TEXT"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN tags TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN owner_pid INTEGER"),
             // The objective (train_loss) includes the entropy term and can go negative;
             // the training NLL is what compares with the validation NLL.
             QStringLiteral("ALTER TABLE epochs ADD COLUMN train_nll REAL"),
             QStringLiteral("UPDATE runs SET name = model || ' K=' || k || ' #' || id"),
             QStringLiteral("CREATE INDEX runs_by_dataset ON runs (dataset_id)"),
             // Analyses beyond single runs: choosing K, online routing, label budgets.
             QStringLiteral("CREATE TABLE model_selections (id INTEGER PRIMARY KEY, dataset_id INTEGER "
                            "NOT NULL REFERENCES datasets(id) ON DELETE CASCADE, created_at TEXT, "
                            "config_json TEXT NOT NULL, result_json TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE routing_history (run_id INTEGER NOT NULL REFERENCES runs(id) "
                            "ON DELETE CASCADE, context TEXT NOT NULL, step INTEGER NOT NULL, "
                            "weights_json TEXT NOT NULL, losses_json TEXT NOT NULL, mixture_loss REAL, "
                            "cumulative_mixture_loss REAL, best_head INTEGER, best_head_loss REAL, "
                            "regret REAL, PRIMARY KEY (run_id, context, step))"),
             QStringLiteral("CREATE TABLE budget_curves (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL "
                            "REFERENCES runs(id) ON DELETE CASCADE, created_at TEXT, config_json TEXT "
                            "NOT NULL, result_json TEXT NOT NULL)"),
         }},
        {3,
         {
             // Imported text: a stored split by prompt, and hashed features kept sparse (CSR
             // row blocks: row offsets, columns, values), since N x 2^18 never fits dense.
             QStringLiteral("ALTER TABLE comparisons ADD COLUMN split INTEGER"),
             QStringLiteral("CREATE TABLE sparse_blocks (dataset_id INTEGER NOT NULL REFERENCES "
                            "datasets(id) ON DELETE CASCADE, kind TEXT NOT NULL, block_index INTEGER "
                            "NOT NULL, row_begin INTEGER NOT NULL, rows INTEGER NOT NULL, cols INTEGER "
                            "NOT NULL, row_start BLOB NOT NULL, columns BLOB NOT NULL, vals BLOB NOT "
                            "NULL, PRIMARY KEY (dataset_id, kind, block_index))"),
         }},
        {4,
         {
             // The labelling workspace: one row per decision, committed the moment it is
             // given, so a crash loses no confirmed label.
             QStringLiteral("CREATE TABLE labels (id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL "
                            "REFERENCES datasets(id) ON DELETE CASCADE, row_index INTEGER NOT NULL, "
                            "annotator TEXT NOT NULL, context TEXT NOT NULL, choice TEXT NOT NULL, "
                            "left_is_chosen INTEGER NOT NULL, seconds REAL, note TEXT, created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX labels_by_dataset ON labels (dataset_id, annotator, context)"),
         }},
        {5,
         {
             // Sentence-encoder vectors per distinct text (SHA-1 of its UTF-8), float16, so
             // featurizing again or importing overlapping data does not run the encoder again.
             QStringLiteral("CREATE TABLE text_embeddings (model TEXT NOT NULL, text_hash BLOB NOT NULL, "
                            "vector BLOB NOT NULL, PRIMARY KEY (model, text_hash)) WITHOUT ROWID"),
         }},
        {6,
         {
             // The highest run id ever issued: a cancelled or deleted run's id is not given to
             // the next run (SQLite reuses max(id) + 1), so "#8" always names one run.
             QStringLiteral("CREATE TABLE run_ids (last_issued INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO run_ids (last_issued) SELECT COALESCE(MAX(id), 0) FROM runs"),
         }},
        {7,
         {
             // Labelling guidelines per context, written in the Labelling view and shared by
             // everyone who labels the dataset in this project.
             QStringLiteral("CREATE TABLE guidelines (dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON "
                            "DELETE CASCADE, context TEXT NOT NULL, text TEXT NOT NULL, updated_at TEXT NOT NULL, "
                            "PRIMARY KEY (dataset_id, context))"),
         }},
    };
    return all;
}

int currentSchemaVersion()
{
    return migrations().back().toVersion;
}

} // namespace micro::core
