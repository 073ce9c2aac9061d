#ifndef RAPPORT_LIBPQ_H
#define RAPPORT_LIBPQ_H

// libpq, PostgreSQL's own client library (libpq5): connection URIs, the PG* environment,
// ~/.pgpass, service files, sslmode and SCRAM come with it.
//
// Team mode opens it when it first connects, rather than linking it: the TLS, Kerberos and LDAP
// libraries it loads made every rapport command, team or not, take about twice as long to start,
// and a user without a team needs no libpq installed. libpq-fe.h still gives the types; Swift
// calls the functions through a `RapportLibPQ` table, never by their own names.
#include <postgresql/libpq-fe.h>

#define RAPPORT_LIBPQ_FUNCTIONS(X)                                                                    \
    X(PQconnectdb) X(PQstatus) X(PQerrorMessage) X(PQfinish) X(PQuser) X(PQhost) X(PQport)          \
    X(PQexecParams) X(PQexec) X(PQclear) X(PQnfields) X(PQntuples) X(PQgetisnull) X(PQgetvalue)      \
    X(PQfname) X(PQresultStatus) X(PQresultErrorField) X(PQresultErrorMessage) X(PQsocket)           \
    X(PQconsumeInput) X(PQnotifies) X(PQfreemem)

/// The libpq functions team mode calls, each typed as libpq-fe.h declares it.
typedef struct {
#define RAPPORT_LIBPQ_FIELD(name) __typeof__(name) *_Nonnull name;
    RAPPORT_LIBPQ_FUNCTIONS(RAPPORT_LIBPQ_FIELD)
#undef RAPPORT_LIBPQ_FIELD
} RapportLibPQ;

/// Opens libpq, once a process: NULL when it is ready, else what the dynamic loader said.
const char *_Nullable rapport_libpq_open_failure(void);

/// The table, once `rapport_libpq_open_failure` said NULL.
RapportLibPQ rapport_libpq(void);

#endif
