import { open } from 'lmdb';
const root = open({ path: process.argv[2], readOnly: true, maxDbs: 128, compression: false });
console.log('root', root.getStats());
const names = [...root.getKeys()].map(String);
let total = 0;
for (const n of names) { try { const db = root.openDB({ name: n }); const s = db.getStats(); const pages = s.treeBranchPageCount + s.treeLeafPageCount + s.overflowPages; total += pages; console.log(n.padEnd(24), 'entries', s.entryCount, 'pages', pages, 'MiB', (pages*s.pageSize/1048576).toFixed(1)); } catch (e) { console.log(n, 'err', e.message); } }
console.log('total MiB', total*4096/1048576);
