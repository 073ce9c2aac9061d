#include "RapportLibPQ.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static RapportLibPQ table;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void open_libpq(void) {
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        snprintf(failure, sizeof failure, "%s", dlerror());
        return;
    }
#define RAPPORT_LIBPQ_FIND(name)                                                                      \
    if ((table.name = (__typeof__(name) *)dlsym(library, #name)) == NULL) {                          \
        snprintf(failure, sizeof failure, "%s", dlerror());                                          \
        return;                                                                                       \
    }
    RAPPORT_LIBPQ_FUNCTIONS(RAPPORT_LIBPQ_FIND)
#undef RAPPORT_LIBPQ_FIND
}

const char *rapport_libpq_open_failure(void) {
    pthread_once(&once, open_libpq);
    return failure[0] == 0 ? NULL : failure;
}

RapportLibPQ rapport_libpq(void) { return table; }
