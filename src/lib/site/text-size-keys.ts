// Shared by the head-inline boot script and the toggle's bundled script.
export const TEXT_SIZE_STORAGE_KEY = 'tongyuan:text-size';
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size';
export const TEXT_SIZE_LARGE = 'large';
