export function deepText(root: Node): string;
