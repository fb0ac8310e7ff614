import { truncationSuite } from '../../../tests/support/main/fuzz/store-matrix';

// Half 2 of "a 50-view store truncated at every byte" (see tests/support/main/fuzz/store-matrix.ts).
truncationSuite(1, 2);
