#ifndef rapport_sqlite_config_h
#define rapport_sqlite_config_h

#include <sqlite3.h>

/// sqlite3_db_config is variadic, which Swift cannot call. Turns the connection's triggers (in
/// the main schema; TEMP ones still fire) off or on; returns whether they are on afterwards,
/// or -1 on an error. SQLite expires the connection's prepared statements when it changes, so
/// none made meanwhile runs without its triggers later.
static inline int rapport_sqlite3_enable_triggers(sqlite3 *db, int on) {
    int now = -1;
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on, &now) != SQLITE_OK) return -1;
    return now;
}

#endif
