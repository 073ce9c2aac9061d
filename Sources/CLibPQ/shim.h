#ifndef RAPPORT_CLIBPQ_SHIM_H
#define RAPPORT_CLIBPQ_SHIM_H

// libpq, PostgreSQL's own client library (libpq-dev): connection URIs, the PG* environment,
// ~/.pgpass, service files, sslmode and SCRAM come with it.
#include <postgresql/libpq-fe.h>

#endif
