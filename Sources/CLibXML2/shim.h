// libxml2's HTML parser for Swift. Debian builds libxml2 with ICU, whose headers clash with
// Foundation's own ICU module; lede needs no ICU from libxml2, so it is switched off here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void lede_xml_free(void *pointer) { xmlFree(pointer); }
