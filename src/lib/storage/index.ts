// The storage layer's public face: persisted values, the app's data stores, notices and backups.
export {
	Persisted,
	createPersisted,
	keepCopy,
	storageKey,
	backupPrefix,
	isQuotaError,
	type PersistedOptions,
	type Problem
} from './persisted.svelte';
export { Notices, notices, type Notice } from './notices.svelte';
export {
	favorites,
	myRoutines,
	history,
	settings,
	userStores,
	isFavorite,
	toggleFavorite,
	saveRoutine,
	deleteRoutine,
	recordSession,
	createFavorites,
	createMyRoutines,
	createHistory,
	createSettings,
	parseFavorites,
	parseMyRoutines,
	parseHistory,
	parseSettings,
	type StoreOptions,
	type UserStores
} from './stores.svelte';
export {
	DEFAULT_SETTINGS,
	TEXT_LIMITS,
	type Favorite,
	type Session,
	type Settings,
	type Effort
} from './records';
export {
	exportData,
	parseBackup,
	summarize,
	applyBackup,
	BACKUP_VERSION,
	MAX_BACKUP_BYTES,
	type BackupData,
	type BackupResult,
	type ApplyOutcome
} from './backup';
