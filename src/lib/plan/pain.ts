// The plan's one door to the pain-monitoring model: every threshold the plan uses is the model's own.
export {
	ACCEPTABLE_MAX,
	PROGRESS_MAX as MOVE_UP_MAX,
	morningWorse,
	tooMuch
} from '$lib/history/pain-model';
