// Holds a read transaction on a database for a while, as a backup or a second instance would, then exits.
import Database from 'better-sqlite3';

const [path, holdText = '300'] = process.argv.slice(2);
const db = new Database(path, { readonly: true });
db.exec('BEGIN');
db.prepare('SELECT count(*) AS n FROM conversations').get();
process.stdout.write('reading\n');
setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0); }, Number(holdText));
