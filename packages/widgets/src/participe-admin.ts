// The council's administration, for its back office only: kept out of `participe.js`, which
// every citizen page may load, so that none of them downloads forms no citizen can use.
import './content-editor/participe-content-editor.js';
import './council-settings/participe-council-settings.js';
import './spaces-admin/participe-spaces-admin.js';
import './staff-admin/participe-staff-admin.js';
